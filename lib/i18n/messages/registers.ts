// Interface texts of the registers screens (Vietnamese first, English second). Kept apart from the
// shell's dictionary so features can grow their texts without touching each other's files.
export const registersVi = {
} as const;

export const registersEn: Record<keyof typeof registersVi, string> = {
};

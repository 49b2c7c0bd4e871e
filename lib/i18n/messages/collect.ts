// Interface texts of the collect screens (Vietnamese first, English second). Kept apart from the
// shell's dictionary so features can grow their texts without touching each other's files.
export const collectVi = {
} as const;

export const collectEn: Record<keyof typeof collectVi, string> = {
};

// Interface texts of the approve screens (Vietnamese first, English second). Kept apart from the
// shell's dictionary so features can grow their texts without touching each other's files.
export const approveVi = {
} as const;

export const approveEn: Record<keyof typeof approveVi, string> = {
};

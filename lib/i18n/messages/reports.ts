// Interface texts of the reports screens (Vietnamese first, English second). Kept apart from the
// shell's dictionary so features can grow their texts without touching each other's files.
export const reportsVi = {
} as const;

export const reportsEn: Record<keyof typeof reportsVi, string> = {
};

/** How the forms name the kinds of assignment. Kept free of zod: client forms import it (issue 13, budget "client"). */
export const TOEWIJZING_ROL_LABELS = { OPSTART: "Opstart (regeldag)", BEGELEIDER: "Begeleider", MAATJE: "Maatje" } as const;

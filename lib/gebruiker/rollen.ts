/** The roles a user can have, in the order forms list them. Kept free of zod: client forms import it (issue 13, budget "client"). */
export const ROLLEN = ["BEGELEIDER", "VRIJWILLIGER", "TEAMLEIDER", "CONSULENT", "BEHEERDER"] as const;

import { z } from "zod";

/** A validation error on one form field, found after parsing (a rule that needs the database). */
export function veldFout(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path, message, input: undefined }]);
}

import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * For pages: a record out of reach (or a page outside the role) is the Dutch
 * not-found page with status 404, never an error page. Other errors go on to
 * the error page, which shows a code the logs can find.
 */
export async function ofNietGevonden<T>(laden: Promise<T>): Promise<T> {
  try {
    return await laden;
  } catch (error) {
    if (error instanceof AppError && (error.code === "NIET_GEVONDEN" || error.code === "GEEN_TOEGANG")) notFound();
    throw error;
  }
}

"use client";

import { createContext, useContext } from "react";

const VeldPrefixContext = createContext("");

/**
 * For a form that stands more than once on a page (one per checklist item, the
 * plan and log forms side by side): its fields' ids start with this prefix, so
 * ids stay unique and the error summary still links to the right field.
 *
 *   <form {...form.props}><VeldPrefix value={`item-${item.id}`}> … </VeldPrefix></form>
 */
export const VeldPrefix = VeldPrefixContext.Provider;

export function useVeldPrefix(): string {
  return useContext(VeldPrefixContext);
}

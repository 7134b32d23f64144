import { z } from "zod";
import { nl } from "zod/v4/locales";

/**
 * Dutch messages for every zod issue that a schema does not word itself, so a
 * tampered or unexpected field never shows English. Schema messages win; these
 * are the plain B1 fallback, then zod's own Dutch locale. Imported by the
 * action kit and the error translator; importing it twice is harmless.
 */
const locale = nl();

z.config({
  ...locale,
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "Vul dit veld in." : "Deze waarde klopt niet.";
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Vul dit veld in." : `Dit is te kort: minstens ${issue.minimum} tekens.`;
        if (issue.origin === "array" || issue.origin === "set") return Number(issue.minimum) <= 1 ? "Kies er minstens één." : `Kies er minstens ${issue.minimum}.`;
        return `Dit is te laag: minstens ${issue.minimum}.`;
      case "too_big":
        if (issue.origin === "string") return `Dit is te lang: hoogstens ${issue.maximum} tekens.`;
        if (issue.origin === "array" || issue.origin === "set") return `Dit zijn er te veel: hoogstens ${issue.maximum}.`;
        return `Dit is te hoog: hoogstens ${issue.maximum}.`;
      case "invalid_value":
        return "Kies een van de mogelijkheden.";
      case "invalid_format":
        return "Dit heeft niet de juiste vorm.";
      case "unrecognized_keys":
        return "Dit veld hoort niet bij dit formulier.";
      case "invalid_union":
        return "Deze waarde klopt niet.";
      default:
        return undefined;
    }
  },
});

export { z };

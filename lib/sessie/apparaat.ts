/** A user agent in plain words ("Chrome op Android"), for the list of one's sessions. Pure. */
export function apparaatNaam(userAgent: string | null): string {
  if (!userAgent) return "Onbekend apparaat";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Een browser";
  const systeem = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad|iOS/.test(userAgent)
      ? "iPhone/iPad"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "Mac"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "onbekend systeem";
  return `${browser} op ${systeem}`;
}

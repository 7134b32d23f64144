/**
 * Up to this many gemeenten a page lists them all (a list to choose from, a table row each); with
 * more (a national organisation serves hundreds) a filter asks for part of the name and a table shows
 * the gemeenten that need attention first (decisions 028 and 030): a list of hundreds is hard to use
 * on a phone, and it was most of those pages' HTML and flight data.
 */
export const GEMEENTE_KEUZE_MAX = 25;

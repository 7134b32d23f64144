// eslint-disable-next-line no-restricted-imports -- the one place that may import next/link
import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching, the only Link of the app (decision 031; eslint forbids
 * next/link elsewhere). Next prefetches every link that scrolls into view: on a caseload of
 * 55 people that was ±150 requests to the server per visit (±3 ms of CPU each: together
 * several times the page itself), for a route tree the click has to fetch again anyway (every
 * page is dynamic and there is no loading.tsx). A link that should prefetch says so: `prefetch={null}`.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

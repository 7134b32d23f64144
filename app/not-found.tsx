import { NietGevonden } from "@/components/shell/niet-gevonden";

/** Outside the signed-in shell (and for unknown addresses): the same page. */
export default function NotFound() {
  return (
    <main>
      <NietGevonden />
    </main>
  );
}

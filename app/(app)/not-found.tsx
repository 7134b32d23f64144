import { NietGevonden } from "@/components/shell/niet-gevonden";

export default function NotFound() {
  return <NietGevonden />;
}

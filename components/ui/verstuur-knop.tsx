import type { ComponentProps } from "react";
import { Button } from "./button";

/** The submit button of a form: disabled while sending, saying what is happening meanwhile. */
export function VerstuurKnop({
  isPending,
  bezig = "Bezig…",
  disabled,
  children,
  ...props
}: ComponentProps<typeof Button> & { isPending: boolean; bezig?: string }) {
  return (
    <div>
      <Button type="submit" disabled={isPending || disabled} {...props}>
        {isPending ? bezig : children}
      </Button>
    </div>
  );
}

import Link from "@/components/ui/link";
import type { ComponentProps } from "react";

type Variant = "primair" | "secundair" | "gevaar" | "stil";

const VARIANTS: Record<Variant, string> = {
  primair: "bg-merk-700 text-white hover:bg-merk-800 disabled:bg-slate-400",
  secundair: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500",
  gevaar: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
  stil: "text-merk-700 underline-offset-4 hover:underline",
};

// 44px minimum height: large enough touch targets on a phone (WCAG 2.5.5).
const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-medium transition-colors disabled:cursor-not-allowed";

export function buttonClass(variant: Variant = "primair", extra = "") {
  return `${BASE} ${VARIANTS[variant]} ${extra}`.trim();
}

export function Button({ variant = "primair", className = "", ...props }: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={buttonClass(variant, className)} {...props} />;
}

export function ButtonLink({ variant = "primair", className = "", ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}

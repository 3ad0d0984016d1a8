"use client";
import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes, MouseEvent } from "react";

const styles = {
  primary: "bg-green-800 text-white hover:bg-green-900",
  secondary: "bg-slate-200 text-slate-900 hover:bg-slate-300",
  warning: "bg-red-800 text-white hover:bg-red-900",
};

/**
 * A submit button that says it is working and ignores a second press. It is never `disabled`:
 * browsers move focus off a disabled button, and a keyboard user would lose their place.
 */
export function SubmitButton({
  children,
  pendingText = "Zapisywanie…",
  variant = "primary",
  className,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingText?: string; variant?: keyof typeof styles }) {
  const { pending } = useFormStatus();
  function click(event: MouseEvent<HTMLButtonElement>) {
    if (pending) event.preventDefault();
    else onClick?.(event);
  }
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={click}
      className={`rounded px-4 py-2 font-semibold shadow-[0_2px_0_#0b0c0c] aria-disabled:opacity-70 ${styles[variant]} ${className ?? ""}`}
      {...rest}
    >
      {pending ? pendingText : children}
    </button>
  );
}

"use client";

import { useActionState } from "react";
import type { LoginFormState } from "@/lib/auth/login-form";
import { buttonClass, errorTextClass, inputClass } from "./admin-styles";

/** The password form; with JavaScript off it posts and comes back with the same message. */
export function LoginForm({ action }: { action: (state: LoginFormState, formData: FormData) => Promise<LoginFormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-5">
      <div>
        <label htmlFor="admin-password" className="block font-medium">
          Password
        </label>
        <input
          id="admin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "admin-password-error" : undefined}
        />
        {state.error && (
          <p id="admin-password-error" role="alert" className={errorTextClass}>
            {state.error}
          </p>
        )}
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        Sign in
      </button>
    </form>
  );
}

import { useT } from "../i18n/t.ts";

/** What the app shows instead of a blank page when its data is missing or malformed. */
export function ErrorScreen({ errors }: { errors: readonly string[] }) {
  const t = useT();
  return (
    <main className="error-screen" role="alert" data-testid="error-screen">
      <h1>{t("error.title")}</h1>
      <p>{t("error.intro")}</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
      <p>{t("error.fix")}</p>
    </main>
  );
}

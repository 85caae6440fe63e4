/** What the app shows instead of a blank page when its data is missing or malformed. */
export function ErrorScreen({ errors }: { errors: readonly string[] }) {
  return (
    <main className="error-screen" role="alert" data-testid="error-screen">
      <h1>Rabt cannot show this data</h1>
      <p>The data file of this site could not be used:</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
      <p>
        Rebuild it with <code>npm run build:data</code> (or <code>npm run build:data -- --in your-folder</code>) and reload.
      </p>
    </main>
  );
}

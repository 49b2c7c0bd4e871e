// Where the database is: DATABASE_URL when set (production, an external server); otherwise
// the embedded server started by `npm start`, which publishes its URL in the same variable.
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set and no embedded PostgreSQL was started');
  return url;
}

import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';

/** Where `npm run build` puts the dashboard's static files (dashboard/dist next to gateway/). */
export const DEFAULT_DASHBOARD_DIR = path.resolve(__dirname, '..', '..', 'dashboard', 'dist');

export interface DashboardOptions {
  /** Built dashboard files; `DASHBOARD_DIR`, default dashboard/dist. `''` turns the dashboard off. */
  dir: string;
  /** Mount path; default `/dashboard`. */
  path?: string;
}

/**
 * Serves the built dashboard (issue 13) under /dashboard/ on the gateway's own origin, so the page
 * calls /graphql without CORS and nothing is fetched from outside the intranet. Hashed assets are
 * cached for a year; index.html is never cached so a new build is picked up. Returns whether it is
 * served (false when the files are not built, so the start banner does not print a dead link).
 */
export function useDashboard(app: Express, options: DashboardOptions): boolean {
  const mount = options.path ?? '/dashboard';
  const index = path.join(options.dir, 'index.html');
  if (!options.dir || !fs.existsSync(index)) return false;
  app.use(
    `${mount}/assets`,
    express.static(path.join(options.dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  // Express matches /dashboard and /dashboard/ alike: the bare path is sent to the slash so relative asset URLs resolve.
  app.get(mount, (req: Request, res: Response) => {
    if (!req.originalUrl.split('?')[0].endsWith('/')) return res.redirect(301, `${mount}/`);
    res.setHeader('cache-control', 'no-cache');
    // The page loads only its own bundled files and talks only to this origin.
    res.setHeader('content-security-policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'");
    res.sendFile(index);
  });
  return true;
}

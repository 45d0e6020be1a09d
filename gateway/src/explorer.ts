import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isProduction } from '@skillfed/common';
import type express from 'express';
import type { NextFunction, Request, Response } from 'express';

/**
 * An intranet-ready GraphQL IDE: GraphiQL 3 and React 18 served from their npm packages by the
 * gateway itself. Apollo's default landing page loads its scripts from Apollo's CDN, so on a
 * provincial intranet it is blank; this page makes no request that leaves the gateway (no CDN, no
 * remote fonts: GraphiQL's stylesheet names fonts but falls back to local ones).
 *
 * The token goes in GraphiQL's "Headers" tab as `{"authorization": "Bearer …"}`; GraphiQL keeps the
 * headers in this browser's localStorage (`shouldPersistHeaders`) so a reload does not lose the token.
 *
 * Defaults: on outside production, off in production unless `GATEWAY_EXPLORER=true` (an explorer
 * with introspection is a convenience a deployment chooses, not a default). `GATEWAY_EXPLORER=false`
 * turns it off anywhere.
 */
export interface ExplorerOptions {
  /** Where the GraphQL endpoint is mounted; GET with Accept: text/html there serves the IDE. */
  path?: string;
  enabled?: boolean;
}

const requireFrom = createRequire(__filename);

type Env = Record<string, string | undefined>;

export function explorerEnabled(env: Env = process.env): boolean {
  const raw = env.GATEWAY_EXPLORER?.trim().toLowerCase();
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  if (raw) throw new Error(`GATEWAY_EXPLORER must be true or false, got "${env.GATEWAY_EXPLORER}"`);
  return !isProduction(env);
}

/** Files served under `<path>/explorer/`, each resolved from its npm package (no copies in the repo). */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The UMD builds are not in the packages' `exports`, so they are read from the package folder. */
function assetPath(pkg: string, file: string): string {
  return path.join(path.dirname(requireFrom.resolve(`${pkg}/package.json`)), file);
}

const DEFAULT_QUERY = `# skillfed GraphQL explorer (GraphiQL, served by the gateway itself).
# Public data needs no token. For an operator's view, print a development token with
#   npm run -s token -- province-operator SHANDONG
# and put it in the Headers tab below:  { "authorization": "Bearer <token>" }
{
  provinces { code name }
  verifyCertificate(number: "Z370100240000001", holderName: "张三") { matched status issuedOn }
}
`;

// The page's own script is a file, not inline, so a Content-Security-Policy of script-src 'self' holds.
const INIT_SCRIPT = `(function () {
  var endpoint = window.location.pathname;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultHeaders: '{}',
    headerEditorEnabled: true,
    shouldPersistHeaders: true,
    defaultEditorToolsVisibility: 'headers'
  }));
})();
`;

function page(base: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>skillfed GraphQL explorer · 接口调试</title>
<link rel="stylesheet" href="${base}/explorer/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the explorer… 正在加载</div>
<script src="${base}/explorer/react.js"></script>
<script src="${base}/explorer/react-dom.js"></script>
<script src="${base}/explorer/graphiql.js"></script>
<script src="${base}/explorer/init.js"></script>
</body>
</html>
`;
}

function wantsHtml(req: Request): boolean {
  // GET /graphql?query=… stays a GraphQL request; a browser navigating to the endpoint asks for HTML.
  return req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * Mounts the explorer in front of the GraphQL endpoint. When disabled, a browser GET gets a short local
 * page saying so (never Apollo's CDN-loaded landing page).
 */
export function mountExplorer(app: express.Express, options: ExplorerOptions = {}): boolean {
  const base = options.path ?? '/graphql';
  const enabled = options.enabled ?? explorerEnabled();
  const files = new Map<string, { body: Buffer; type: string }>();
  if (enabled) {
    for (const [name, asset] of Object.entries(ASSETS)) files.set(name, { body: fs.readFileSync(assetPath(asset.pkg, asset.file)), type: asset.type });
    files.set('init.js', { body: Buffer.from(INIT_SCRIPT), type: 'text/javascript' });
  }
  app.get(`${base}/explorer/:file`, (req: Request, res: Response, next: NextFunction) => {
    const file = files.get(String(req.params.file));
    if (!file) return next();
    res.setHeader('content-type', `${file.type}; charset=utf-8`);
    res.setHeader('cache-control', 'public, max-age=3600');
    res.send(file.body);
  });
  app.get(base, (req: Request, res: Response, next: NextFunction) => {
    if (!wantsHtml(req)) return next();
    res.setHeader('cache-control', 'no-store');
    if (!enabled) {
      res.status(404).type('text/plain; charset=utf-8')
        .send('The GraphQL explorer is off in production; POST GraphQL requests here, or set GATEWAY_EXPLORER=true.\n生产环境未开启接口调试页面；请以 POST 发送 GraphQL 请求，或设置 GATEWAY_EXPLORER=true。\n');
      return;
    }
    res.type('text/html; charset=utf-8').send(page(base));
  });
  return enabled;
}

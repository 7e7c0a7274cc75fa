/**
 * Serves `build/` on localhost with gzip, the way a real static host would (`docusaurus serve` sends no
 * gzip, so it cannot be used to measure transfer sizes). Used by the browser tests and the benchmark.
 * Usage: tsx scripts/serve-build.ts [port]
 */
import {createServer, type Server} from 'node:http';
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, sep} from 'node:path';
import {gzipSync} from 'node:zlib';
import {ROOT} from './content-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

/** The file a URL path maps to, or null when there is none (or it would leave the build folder). */
function resolveFile(buildDir: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!);
  const path = normalize(join(buildDir, decoded));
  if (path !== buildDir && !path.startsWith(buildDir + sep)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

export function serveBuild(buildDir = join(ROOT, 'build'), port = 0): Promise<{server: Server; origin: string}> {
  // Each file is compressed once, on its first request, and then served from memory, as a static host
  // or CDN serves its cached compressed copy. Compressing on every request (level 9, a 3 MB search
  // index among them) took a core of this two-core machine away from the browser being measured.
  const compressed = new Map<string, Buffer>();
  const gzipped = (file: string): Buffer => {
    let body = compressed.get(file);
    if (!body) compressed.set(file, (body = gzipSync(readFileSync(file), {level: 9})));
    return body;
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const path = url.split('?')[0]!;
    const file = resolveFile(buildDir, url);
    // A directory URL without its trailing slash redirects, like GitHub Pages does.
    if (file && file.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('.html')) {
      response.writeHead(301, {location: `${path}/`}).end();
      return;
    }
    const status = file ? 200 : 404;
    const target = file ?? join(buildDir, '404.html');
    const ext = extname(target);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipped(target) : null;
    response.writeHead(status, {
      ...(body ? {'content-length': body.length} : {}),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=3600',
      ...(gzip ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {}),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    if (body) response.end(body);
    else createReadStream(target).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({server, origin: `http://127.0.0.1:${actualPort}`});
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 3000);
  void serveBuild(undefined, port).then(({origin}) => console.log(`Serving build/ with gzip at ${origin}/`));
}

/**
 * The shipped nginx recipe (deploy/nginx/encyclopedia.conf.template), run locally: filled in for loopback
 * instances, wrapped in a main configuration whose files all live in one temporary folder, and started in
 * the foreground. Used by `npm run start:edge`, the edge tests and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { acceptsConnections, captureOutput, freePort, stopProcess, waitUntil } from './processes'

export const NGINX = '/usr/sbin/nginx'
export const EDGE_TEMPLATE = path.resolve(__dirname, '..', '..', 'deploy', 'nginx', 'encyclopedia.conf.template')

export interface EdgeSettings {
  /** `listen` argument, e.g. "127.0.0.1:8080". */
  listen: string
  /** `host:port` of each site server instance. */
  upstreams: string[]
  cacheDir: string
  /** The secret with which instances refresh changed pages after a publish (EDGE_REFRESH_TOKEN). */
  refreshToken: string
}

/** The recipe with its ${EDGE_*} values filled in, as `envsubst` with that list of names would. */
export function renderEdgeConfig(settings: EdgeSettings, template = fs.readFileSync(EDGE_TEMPLATE, 'utf8')): string {
  const values: Record<string, string> = {
    EDGE_LISTEN: settings.listen,
    EDGE_CACHE_DIR: settings.cacheDir,
    EDGE_REFRESH_TOKEN: settings.refreshToken,
    EDGE_UPSTREAM_SERVERS: settings.upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=5s;`).join(' '),
  }
  return template.replace(/\$\{(EDGE_[A-Z_]+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/** A main configuration: process files in `dir`, logs to stderr, the site from `siteConf`. */
export function mainConfig(dir: string, siteConf: string): string {
  const temp = (name: string) => path.join(dir, name)
  return `daemon off;
worker_processes auto;
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy_temp')};
    fastcgi_temp_path ${temp('fastcgi_temp')};
    uwsgi_temp_path ${temp('uwsgi_temp')};
    scgi_temp_path ${temp('scgi_temp')};
    include ${siteConf};
}
`
}

export interface Nginx {
  url: string
  port: number
  dir: string
  output: () => string
  stop: () => Promise<void>
}

/** Start nginx with a site configuration (the recipe, or a static server for benchmarks) for its port and folder. */
export async function startNginx(
  site: (env: { port: number; dir: string }) => string,
  options: { port?: number } = {},
): Promise<Nginx> {
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx (npm test installs it)`)
  const port = options.port ?? (await freePort())
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-'))
  // Run as root, nginx's workers switch to an unprivileged user, who must be able to use these folders.
  fs.chmodSync(dir, 0o777)
  const siteConf = path.join(dir, 'site.conf')
  fs.writeFileSync(siteConf, site({ port, dir }))
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(conf, mainConfig(dir, siteConf))
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] })
  const output = captureOutput(child)
  try {
    await waitUntil(`nginx on port ${port}`, child, output, () => acceptsConnections(port), 10_000)
  } catch (error) {
    await stopProcess(child)
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dir,
    output,
    stop: async () => {
      // SIGQUIT: graceful shutdown (finish requests in flight).
      await stopProcess(child, 'SIGQUIT')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A random EDGE_REFRESH_TOKEN: the same value goes into nginx's configuration and to the instances. */
export function newRefreshToken(): string {
  return crypto.randomBytes(24).toString('hex')
}

/** nginx running the recipe in front of the given instances, with its cache in its temporary folder. */
export function startEdge(upstreams: string[], options: { port?: number; refreshToken?: string } = {}): Promise<Nginx> {
  const refreshToken = options.refreshToken ?? newRefreshToken()
  return startNginx(
    ({ port, dir }) =>
      renderEdgeConfig({ listen: `127.0.0.1:${port}`, upstreams, cacheDir: path.join(dir, 'cache'), refreshToken }),
    options,
  )
}

/**
 * A throw-away Redis for the local stack, the tests and the benchmarks: Debian's redis-server on a loopback
 * port, data in a temporary folder, nothing persisted.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { captureOutput, freePort, stopProcess, waitUntil } from './processes'

export const REDIS_SERVER = '/usr/bin/redis-server'

export interface RedisServer {
  url: string
  port: number
  output: () => string
  /** Stop it (its data is gone: nothing is persisted). */
  stop: () => Promise<void>
  /** Start it again on the same port, empty. */
  restart: () => Promise<void>
}

/** Answers PING with PONG (a plain socket, so this module needs no client library). */
function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    let reply = ''
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.on('data', (d) => {
      reply += d
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'))
    })
    socket.once('error', () => done(false))
  })
}

export async function startRedis(options: { port?: number } = {}): Promise<RedisServer> {
  if (!fs.existsSync(REDIS_SERVER))
    throw new Error(`${REDIS_SERVER} is missing: apt-get install redis-server (npm test installs it)`)
  const port = options.port ?? (await freePort())
  const dir = path.join(os.tmpdir(), `redis-${process.pid}-${port}`)
  let child: ChildProcess
  let output: () => string = () => ''
  const start = async () => {
    fs.mkdirSync(dir, { recursive: true })
    child = spawn(
      REDIS_SERVER,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    output = captureOutput(child)
    await waitUntil(`redis-server on port ${port}`, child, output, () => pong(port), 10_000)
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    output: () => output(),
    stop: async () => {
      await stopProcess(child)
      fs.rmSync(dir, { recursive: true, force: true })
    },
    restart: start,
  }
}

import { createServer, type Server } from 'node:http';
import { config } from '../config.ts';
import { logger } from '../log.ts';
import { createApp, httpHandler, type DyadApp } from '../api/app.ts';
import { closeDriver } from '../db/driver.ts';
import { DyadError } from '../errors.ts';

/** The node HTTP server of `app`, listening on `port` (0: a free one) once this resolves. Tests start theirs here too. */
export async function listen(app: DyadApp, port: number, host: string): Promise<Server> {
  const server = createServer(httpHandler(app));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new DyadError('ENVIRONMENT', `port ${port} on ${host} is already in use`, { hint: 'stop the other server or set PORT' })
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
  return server;
}

/** Serves the API until SIGINT/SIGTERM; resolves once listening. */
export async function serve(): Promise<void> {
  const cfg = config();
  const server = await listen(createApp(cfg), cfg.port, cfg.host);
  const url = `http://${cfg.host}:${cfg.port}/graphql`;
  logger().info({ url }, 'GraphQL API listening');
  process.stdout.write(`GraphQL API: ${url}\n`);
  const shutdown = () => {
    server.close(() => void closeDriver().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// `npm start -w @wuye/console` (the stack starts it for you): the console on WUYE_CONSOLE_PORT.
import { consoleConfigFromEnv } from './config.js';
import { startConsoleServer } from './server.js';

const config = consoleConfigFromEnv();
const running = await startConsoleServer(config);
console.log(JSON.stringify({ msg: 'console ready', url: running.url, gateway: config.gatewayUrl, devTokens: config.devTokens }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void running.close().then(() => process.exit(0)));

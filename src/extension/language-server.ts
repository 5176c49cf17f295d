// Entry of the bundled server (dist/server.cjs). The polyfill comes first: Langium 4.4's parser
// library calls Object.groupBy, which the Node 20 that some VS Code builds ship lacks.
import '../polyfills.js';
import { startServer } from '../language/main.js';

startServer();

// Langium 4.4's parser library calls Object.groupBy, which Node 20 lacks.
import '../src/polyfills.js';

import { cliFuzzShard } from './cli-shard.js';

cliFuzzShard(0);

/** Benchmarks behind {@code viralsim bench}: the cascade engine, and a sweep's runs per second by thread count. */
package org.viralsim.bench;

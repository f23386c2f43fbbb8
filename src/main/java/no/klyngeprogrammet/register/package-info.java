/**
 * Enhetsregisteret (the Central Coordinating Register for Legal Entities): the client with its
 * retries, circuit breaker and cache, and what the register said about each organisation of a case
 * (register_check), rechecked later while the register could not be reached.
 */
@ApplicationModule(allowedDependencies = {"config"})
package no.klyngeprogrammet.register;

import org.springframework.modulith.ApplicationModule;

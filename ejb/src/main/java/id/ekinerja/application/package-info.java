/**
 * Application services: thin, transactional, one per use case family. They select the tenant, call the
 * domain, and fire events for side effects such as audit.
 */
package id.ekinerja.application;

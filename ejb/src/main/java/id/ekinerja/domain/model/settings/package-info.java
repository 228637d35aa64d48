/** The tenant's settings, versioned: each change is a new version with its author and start date. */
package id.ekinerja.domain.model.settings;

/** Endpoints for operators: health. (Metrics come from WildFly's metrics subsystem on the management port.) */
package id.ekinerja.interfaces.web.ops;

/** The tenant's activity log (log aktivitas): who did what, when. */
package id.ekinerja.domain.model.activity;

package id.ekinerja.application;

import id.ekinerja.domain.model.activity.ActivityLogEntry;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.domain.model.settings.SettingsVersion;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.Person;
import id.ekinerja.tenantconfig.RuleSet;
import id.ekinerja.tenantconfig.RuleSetJson;
import id.ekinerja.tenantconfig.SettingsJson;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantRole;
import id.ekinerja.tenantconfig.Unit;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills a freshly migrated tenant schema from a tenant definition: units, pegawai, their PPK, roles and the
 * first settings version. Runs in its own transaction inside the definition's tenant, so a failure leaves
 * the schema empty and the caller can drop it.
 */
@Stateless
public class OrganisationLoader {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load(TenantDefinition definition, String actor) {
        TenantContext.run(definition.code(), () -> {
            Map<String, Unit> definitions = new HashMap<>();
            definition.organisation().units().forEach(u -> definitions.put(u.code(), u));
            Map<String, UnitKerja> units = new HashMap<>();
            definition.organisation().units().forEach(u -> persistUnit(u.code(), definitions, units));
            Map<String, Pegawai> people = new HashMap<>();
            for (Person p : definition.organisation().people()) {
                Pegawai pegawai = new Pegawai(p.nip(), p.type(), p.name(), p.email(), units.get(p.unitCode()));
                pegawai.assignPosition(p.jabatan(), p.jabatanKind(), p.jenjang(), p.pangkatGolongan());
                for (TenantRole role : p.roles()) {
                    pegawai.grant(role);
                }
                em.persist(pegawai);
                people.put(p.nip(), pegawai);
            }
            for (Person p : definition.organisation().people()) {
                if (p.ppkNip() != null) {
                    people.get(p.nip()).reportTo(people.get(p.ppkNip()));
                }
            }
            // In force from the start of the bootstrap year, so the whole annual period reads these settings.
            LocalDate validFrom = LocalDate.of(Math.min(definition.settings().annualPeriodYear(),
                    LocalDate.now().getYear()), 1, 1);
            String rules = definition.rules().equals(RuleSet.national()) ? null : RuleSetJson.toJson(definition.rules());
            em.persist(new SettingsVersion(definition.name(), SettingsJson.toJson(definition.settings()), rules,
                    validFrom, actor));
            em.persist(new ActivityLogEntry(actor, "TENANT_BOOTSTRAP", "tenant", definition.code(),
                    units.size() + " unit kerja, " + people.size() + " pegawai"));
        });
    }

    /** Persists a unit after its parent; the validated file guarantees a tree, so this ends. */
    private UnitKerja persistUnit(String code, Map<String, Unit> definitions, Map<String, UnitKerja> done) {
        UnitKerja unit = done.get(code);
        if (unit == null) {
            Unit u = definitions.get(code);
            UnitKerja parent = u.parentCode() == null ? null : persistUnit(u.parentCode(), definitions, done);
            unit = new UnitKerja(u.code(), u.name(), parent);
            em.persist(unit);
            done.put(code, unit);
        }
        return unit;
    }
}

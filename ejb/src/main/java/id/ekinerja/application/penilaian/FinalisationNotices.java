package id.ekinerja.application.penilaian;

import id.ekinerja.application.notification.NotificationRequested;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * Tells each pegawai that their evaluation was finalised — after the finalisation has committed, in the background,
 * in chunks of {@value #CHUNK} people per transaction. A finalisation of a whole unit tree (10,000 people) thus
 * returns as soon as the results are final; nobody is told about a finalisation that rolled back.
 */
@Stateless
public class FinalisationNotices {
    static final int CHUNK = 500;

    /** The people of one finalisation, with what to tell them. */
    public record Finalised(String tenant, String subject, String body, List<Person> people) implements Serializable {
    }

    /** A pegawai whose evaluation was finalised. */
    public record Person(String nip, long evaluationId) implements Serializable {
    }

    @Inject
    Event<NotificationRequested> notifications;

    @Resource
    SessionContext session;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Finalised finalised) {
        session.getBusinessObject(FinalisationNotices.class).tellAll(finalised);
    }

    @Asynchronous
    public void tellAll(Finalised finalised) {
        FinalisationNotices self = session.getBusinessObject(FinalisationNotices.class);
        List<Person> people = finalised.people();
        for (int i = 0; i < people.size(); i += CHUNK) {
            List<Person> chunk = people.subList(i, Math.min(people.size(), i + CHUNK));
            TenantContext.run(finalised.tenant(), () -> self.tell(finalised, chunk));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tell(Finalised finalised, List<Person> chunk) {
        for (Person p : chunk) {
            notifications.fire(new NotificationRequested(p.nip(), "EVALUATION_FINALISED", finalised.subject(),
                    finalised.body(), "penilaian/dekp.xhtml?id=" + p.evaluationId()));
        }
    }
}

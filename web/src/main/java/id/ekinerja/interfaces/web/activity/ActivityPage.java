package id.ekinerja.interfaces.web.activity;

import id.ekinerja.application.activity.ActivityLogSearch;
import id.ekinerja.application.activity.ActivityLogSearch.Filter;
import id.ekinerja.application.activity.ActivityLogSearch.Line;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.interfaces.web.Downloads;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backing bean of admin/activity.xhtml: filters, a paged table and the XLSX export. */
@Named
@ViewScoped(saveInViewState = true)
public class ActivityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ActivityLogSearch log;

    @Inject
    TenantUser user;

    private String person;
    private String action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<Line> table = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(user.getActor(), filter()));
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.search(user.getActor(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Line row) {
            return String.valueOf(row.id());
        }

        @Override
        public Line getRowData(String rowKey) {
            return null;
        }
    };

    private Filter filter() {
        return new Filter(person, action, from, to);
    }

    /** Checks the dates before the table reloads with them. */
    public void apply() {
        if (from != null && to != null && from.isAfter(to)) {
            FacesMessages.fieldError("filterForm:to", "act.toBeforeFrom");
        }
    }

    public void export() throws IOException {
        if (from != null && to != null && from.isAfter(to)) {
            FacesMessages.fieldError("filterForm:to", "act.toBeforeFrom");
            return;
        }
        Downloads.send("log-aktivitas-" + user.getTenantCode() + "-" + WorkCalendar.today() + ".xlsx", Downloads.XLSX,
                log.exportXlsx(user.getActor(), filter()));
    }

    /** Time in WIB without fractions, as the agency reads it. */
    public String time(OffsetDateTime t) {
        return t.atZoneSameInstant(WorkCalendar.ZONE).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    public List<String> getActions() {
        return log.actions(user.getActor());
    }

    public LazyDataModel<Line> getTable() {
        return table;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

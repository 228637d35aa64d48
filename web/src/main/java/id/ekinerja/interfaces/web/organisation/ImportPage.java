package id.ekinerja.interfaces.web.organisation;

import id.ekinerja.application.organisation.ImportFileException;
import id.ekinerja.application.organisation.ImportProblem;
import id.ekinerja.application.organisation.PegawaiFileReader;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.organisation.PegawaiImportService.InitialPassword;
import id.ekinerja.application.organisation.PegawaiTemplate;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.domain.model.organisation.PegawaiImportJob.Status;
import id.ekinerja.interfaces.web.Downloads;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Backing bean of admin/import.xhtml: upload, poll the job, show every bad row or the result. */
@Named
@ViewScoped(saveInViewState = true)
public class ImportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PegawaiImportService imports;

    @Inject
    TenantUser user;

    private transient Part file;
    private Long jobId;
    private transient PegawaiImportJob job;

    public void upload() {
        try {
            if (file == null || file.getSize() == 0) {
                FacesMessages.fieldError("importForm:file", "org.import.error.emptyFile");
                return;
            }
            if (file.getSize() > PegawaiFileReader.MAX_BYTES) {
                FacesMessages.fieldError("importForm:file", "org.import.error.tooLarge",
                        PegawaiFileReader.MAX_BYTES / (1024 * 1024));
                return;
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            jobId = imports.start(user.getActor(), file.getSubmittedFileName(), content);
            job = null;
        } catch (ImportFileException e) {
            FacesMessages.fieldError("importForm:file", e.problem().key(), translatedArgs(e.problem()));
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        } catch (IOException e) {
            FacesMessages.error("org.import.error.uploadFailed");
        }
    }

    public PegawaiImportJob getJob() {
        if (job == null && jobId != null) {
            job = imports.job(user.getActor(), jobId).orElse(null);
        }
        return job;
    }

    public boolean isRunning() {
        return getJob() != null && !getJob().getStatus().finished();
    }

    public boolean isFinished() {
        return getJob() != null && getJob().getStatus().finished();
    }

    /** Overall progress: validation 0–10 %, saving 10–40 %, accounts 40–70 %, memberships 70–100 %. */
    public int getPercent() {
        PegawaiImportJob j = getJob();
        if (j == null) {
            return 0;
        }
        if (j.getStatus().finished()) {
            return 100;
        }
        double within = j.getTotalRows() == 0 ? 0 : Math.min(1.0, (double) j.getProcessed() / j.getTotalRows());
        return switch (j.getStatus()) {
            case VALIDATING -> 5;
            case SAVING -> (int) (10 + 30 * within);
            case ACCOUNTS -> (int) (40 + 30 * within);
            case MEMBERSHIPS -> (int) (70 + 30 * within);
            default -> 100;
        };
    }

    /** Every bad row with its reason, in the page's language. */
    public List<String> getProblems() {
        PegawaiImportJob j = getJob();
        if (j == null || j.getStatus() != Status.REJECTED) {
            return List.of();
        }
        return imports.problems(j).stream().map(p -> FacesMessages.text("org.import.line", p.line(),
                FacesMessages.text(p.key(), translatedArgs(p)))).toList();
    }

    private static Object[] translatedArgs(ImportProblem p) {
        return p.args().stream().map(a -> a.startsWith("org.") ? FacesMessages.text(a) : a).toArray();
    }

    /** Refreshes the job on each poll (the bean lives across requests; the job row changes underneath). */
    public void refresh() {
        job = null;
    }

    public void downloadTemplateCsv() throws IOException {
        Downloads.send("template-pegawai.csv", "text/csv; charset=UTF-8", PegawaiTemplate.csv());
    }

    public void downloadTemplateXlsx() throws IOException {
        Downloads.send("template-pegawai.xlsx", Downloads.XLSX, PegawaiTemplate.xlsx());
    }

    /** Issues initial passwords for the accounts this import created and sends them as CSV: shown once. */
    public void downloadPasswords() throws IOException {
        List<InitialPassword> issued;
        try {
            issued = imports.issueInitialPasswords(user.getActor(), jobId);
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
            return;
        }
        if (issued.isEmpty()) {
            FacesMessages.info("org.import.passwords.none");
            return;
        }
        StringBuilder csv = new StringBuilder("\uFEFFNIP,Nama,Kata sandi awal\r\n");
        issued.forEach(p -> csv.append(p.nip()).append(',').append('"').append(p.name().replace("\"", "\"\""))
                .append('"').append(',').append(p.password()).append("\r\n"));
        Downloads.send("kata-sandi-awal-" + jobId + ".csv", "text/csv; charset=UTF-8",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The template's columns with what each holds, for the page's help. */
    public List<String[]> getColumns() {
        return java.util.stream.IntStream.range(0, id.ekinerja.application.organisation.PegawaiRow.COLUMNS.size())
                .mapToObj(i -> new String[] {id.ekinerja.application.organisation.PegawaiRow.COLUMNS.get(i),
                        PegawaiTemplate.NOTES.get(i)}).toList();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getJobId() {
        return jobId;
    }
}

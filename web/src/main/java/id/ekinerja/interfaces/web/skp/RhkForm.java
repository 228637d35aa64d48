package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.Iki;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Perspektif;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One RHK row of the editor with its IKI rows; mutable for the form, turned into {@link SkpContent} on save. */
public class RhkForm {
    private JenisRhk jenis;
    private String text;
    private Long intervenedId;
    private final List<IkiForm> iki = new ArrayList<>();

    RhkForm(JenisRhk jenis) {
        this.jenis = jenis;
    }

    static RhkForm of(SkpDocument.RhkLine line) {
        RhkForm f = new RhkForm(line.jenis());
        f.text = line.text();
        f.intervenedId = line.intervenedId();
        for (Iki i : line.iki()) {
            IkiForm k = new IkiForm();
            k.setIndicator(i.getIndicator());
            k.setTargetValue(i.getTargetValue());
            k.setTargetUnit(i.getTargetUnit());
            k.setTargetText(i.getTargetText());
            k.setAspek(i.getAspek());
            k.setPerspektif(i.getPerspektif());
            f.iki.add(k);
        }
        return f;
    }

    SkpContent.RhkInput toInput() {
        return new SkpContent.RhkInput(jenis, text, jenis == JenisRhk.UTAMA ? intervenedId : null,
                iki.stream().map(i -> new SkpContent.IkiInput(i.getIndicator(), i.getTargetValue(), i.getTargetUnit(),
                        i.getTargetText(), i.getAspek(), i.getPerspektif())).toList());
    }

    public JenisRhk getJenis() {
        return jenis;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getIntervenedId() {
        return intervenedId;
    }

    public void setIntervenedId(Long intervenedId) {
        this.intervenedId = intervenedId;
    }

    public List<IkiForm> getIki() {
        return iki;
    }

    /** One IKI row. */
    public static class IkiForm {
        private String indicator;
        private BigDecimal targetValue;
        private String targetUnit;
        private String targetText;
        private Aspek aspek;
        private Perspektif perspektif;

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public BigDecimal getTargetValue() {
            return targetValue;
        }

        public void setTargetValue(BigDecimal targetValue) {
            this.targetValue = targetValue;
        }

        public String getTargetUnit() {
            return targetUnit;
        }

        public void setTargetUnit(String targetUnit) {
            this.targetUnit = targetUnit;
        }

        public String getTargetText() {
            return targetText;
        }

        public void setTargetText(String targetText) {
            this.targetText = targetText;
        }

        public Aspek getAspek() {
            return aspek;
        }

        public void setAspek(Aspek aspek) {
            this.aspek = aspek;
        }

        public Perspektif getPerspektif() {
            return perspektif;
        }

        public void setPerspektif(Perspektif perspektif) {
            this.perspektif = perspektif;
        }
    }
}

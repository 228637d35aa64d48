package id.ekinerja.interfaces.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import jakarta.faces.view.ViewMetadata;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which views have no {@code f:metadata} (no view parameters or actions) and from then on gives them an
 * empty metadata view without applying their page (registered in faces-config.xml).
 * <p>
 * Why: on every request Faces builds a metadata view first (on a postback it becomes the view that state is restored
 * into). Mojarra builds it by applying the page with its whole template chain, so on pages without parameters (most
 * of them: the SKP editor, the home page) that walk was about 3 % of the page's CPU, for nothing. Whether a page
 * declares {@code f:metadata} is fixed in its file, so the first answer per view holds; the empty view is the one
 * Mojarra starts from before applying the page.
 */
public class MetadataFreeViews extends ViewDeclarationLanguageFactory {
    private static final Set<String> WITHOUT_METADATA = ConcurrentHashMap.newKeySet();

    public MetadataFreeViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage vdl = getWrapped().getViewDeclarationLanguage(viewId);
        return vdl == null ? null : new Remembering(vdl);
    }

    private static final class Remembering extends ViewDeclarationLanguageWrapper {
        Remembering(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public ViewMetadata getViewMetadata(FacesContext context, String viewId) {
            ViewMetadata metadata = getWrapped().getViewMetadata(context, viewId);
            return metadata == null ? null : new ViewMetadata() {
                @Override
                public String getViewId() {
                    return metadata.getViewId();
                }

                @Override
                public UIViewRoot createMetadataView(FacesContext facesContext) {
                    if (WITHOUT_METADATA.contains(viewId)) {
                        return emptyView(facesContext, viewId);
                    }
                    UIViewRoot root = metadata.createMetadataView(facesContext);
                    if (root != null && !ViewMetadata.hasMetadata(root)) {
                        WITHOUT_METADATA.add(viewId);
                    }
                    return root;
                }
            };
        }

        private static UIViewRoot emptyView(FacesContext context, String viewId) {
            boolean events = context.isProcessingEvents();
            context.setProcessingEvents(false);
            try {
                return context.getApplication().getViewHandler().createView(context, viewId);
            } finally {
                context.setProcessingEvents(events);
            }
        }
    }
}

package org.vivres.test.hotdeploy;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.persistence.PersistenceContribution;

/** {@code /api/hotdeploy/notes}, stored in the bundle's own table. */
@Component(service = {ApiResource.class, PersistenceContribution.class})
public final class NotesResource implements ApiResource, PersistenceContribution {
    private final Dal dal;

    record NewNote(String text) {
    }

    @Activate
    public NotesResource(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public String name() {
        return "hotdeploy";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Note.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/hotdeploy";
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/hotdeploy/notes", this::create);
        routes.get("/api/hotdeploy/notes", r -> Items.of(dal.query(Note.class, null, null).list().stream()
                .map(n -> Map.of("id", n.getId(), "text", n.getText())).toList()));
    }

    private Object create(ApiRequest request) {
        Note note = dal.save(new Note(Check.text(request.body(NewNote.class).text(), "text", 200)));
        return ApiResponse.created(Map.of("id", note.getId(), "text", note.getText()));
    }
}

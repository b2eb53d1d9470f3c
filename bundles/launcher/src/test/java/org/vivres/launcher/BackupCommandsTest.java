package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackupCommandsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void restoreReadsTheTargetTimeAsLocalTimeOfTheStores() throws Exception {
        var args = BackupCommands.parseRestore(List.of("/sauvegardes", "--at", "2026-12-07 14:32", "--data=/srv/d"),
                () -> Path.of("dist"), PARIS);

        assertThat(args.from()).isEqualTo(Path.of("/sauvegardes"));
        assertThat(args.at()).contains(OffsetDateTime.parse("2026-12-07T14:32:00+01:00"));
        assertThat(args.dataDir()).isEqualTo(Path.of("/srv/d"));
        assertThat(args.distDir()).isEqualTo(Path.of("dist"));
        assertThat(BackupCommands.time("2026-07-01 08:15:30", PARIS))
                .isEqualTo(OffsetDateTime.parse("2026-07-01T08:15:30+02:00"));
        assertThat(BackupCommands.time("2026-07-01T08:15:30Z", PARIS))
                .isEqualTo(OffsetDateTime.parse("2026-07-01T08:15:30Z"));
    }

    @Test
    void backupDefaultsToTheDataFolderAndTheConfiguredBackupFolder() throws Exception {
        var args = BackupCommands.parseBackup(List.of());

        assertThat(args.dataDir()).isEqualTo(Path.of("data"));
        assertThat(args.to()).isNull();
        assertThat(BackupCommands.parseBackup(List.of("--to", "/mnt/usb")).to()).isEqualTo(Path.of("/mnt/usb"));
    }

    @Test
    void aServerOfOurOwnIsBackedUpByItsUrlAndARoleWithReplication() throws Exception {
        var args = BackupCommands.parseBackup(List.of("--db-url", "jdbc:postgresql://db:5432/vivres",
                "--db-user", "sauvegarde", "--to", "/mnt/usb"));

        assertThat(args.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/vivres");
        assertThat(args.dbUser()).isEqualTo("sauvegarde");
        assertThat(BackupCommands.parseBackup(List.of()).dbUrl()).isNull();
        assertThatThrownBy(() -> BackupCommands.parseBackup(List.of("--db-url", "jdbc:postgresql://db/v")))
                .hasMessageStartingWith("--db-url demande --db-user");
        assertThatThrownBy(() -> BackupCommands.parseBackup(List.of("--db-url", "postgres://db/v", "--db-user", "u")))
                .hasMessageStartingWith("--db-url attend jdbc:postgresql://");
        assertThatThrownBy(() -> BackupCommands.parseBackup(List.of("--db-user", "u")))
                .hasMessage("--db-user ne sert qu'avec --db-url");
    }

    @Test
    void badCommandLinesAreRefusedInFrench() {
        assertThatThrownBy(() -> BackupCommands.parseRestore(List.of(), () -> Path.of("d"), PARIS))
                .hasMessage("indiquez le dossier de sauvegarde à restaurer");
        assertThatThrownBy(() -> BackupCommands.parseRestore(List.of("b", "--at", "demain"), () -> Path.of("d"), PARIS))
                .hasMessageStartingWith("--at attend une date et une heure comme « 2026-12-07 14:32 »");
        assertThatThrownBy(() -> BackupCommands.parseBackup(List.of("--vers", "x")))
                .hasMessage("option inconnue : --vers");
        assertThatThrownBy(() -> BackupCommands.parseBackup(List.of("--to")))
                .hasMessage("l'option --to attend une valeur");
    }
}

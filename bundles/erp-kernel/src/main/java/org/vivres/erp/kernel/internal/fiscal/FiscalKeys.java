package org.vivres.erp.kernel.internal.fiscal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store network's Ed25519 key that signs fiscal archives: generated at the first start, the private key (PKCS#8)
 * in {@code <data>/etc/fiscal-signing.key} created readable by its owner only, the public key (X.509) beside it in
 * {@code fiscal-signing.pub}, so that a backup of the data folder carries both and an inspector gets the public one.
 */
@Component(service = FiscalKeys.class)
public final class FiscalKeys {
    static final String ALGORITHM = "Ed25519";
    private static final Logger LOG = LoggerFactory.getLogger(FiscalKeys.class);

    private final KeyPair keys;

    @Activate
    public FiscalKeys(BundleContext context) {
        String data = context.getProperty("vivres.data.dir");
        if (data == null) {
            // only a framework started without the launcher (a bundle's own test): a key for this run alone
            LOG.warn("vivres.data.dir is not set: archives are signed with a key of this run only");
            this.keys = generate();
        } else {
            this.keys = loadOrCreate(Path.of(data, "etc"));
        }
    }

    /** The public key, X.509 encoded, as base64. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** The Ed25519 signature of {@code bytes}. */
    public byte[] sign(byte[] bytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keys.getPrivate());
            signature.update(bytes);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signature failed", e);
        }
    }

    private static KeyPair loadOrCreate(Path etc) {
        Path privateFile = etc.resolve("fiscal-signing.key");
        Path publicFile = etc.resolve("fiscal-signing.pub");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(etc);
                KeyPair created = generate();
                // created owner-only from the start: never a moment when another account could read it
                Files.write(Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))), created.getPrivate().getEncoded());
                Files.write(publicFile, created.getPublic().getEncoded());
                LOG.info("Fiscal signing key created in {}", etc);
                return created;
            }
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
            return new KeyPair(publicKey, privateKey);
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(etc); // another start created it meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("fiscal signing key in " + etc, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("fiscal signing key in " + etc + " is not an Ed25519 key", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }
}

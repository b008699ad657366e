package be.buurtwijzer.core.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The transaction of a register list that was not kept: the list itself runs without one, so that a kept page
 * costs no commit (see {@link RegisterService#list}).
 */
@ApplicationScoped
public class RegisterReads {

    @Transactional
    public <T> T inTransaction(Supplier<T> read) {
        return read.get();
    }
}

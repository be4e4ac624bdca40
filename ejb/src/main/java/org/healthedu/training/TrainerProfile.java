package org.healthedu.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * How to reach a trainer and what qualifies them (培训师档案). One per account, made the first time it is saved; the
 * name shown is the account's display name. Contact details are optional: a trainer shares what they choose.
 */
@Entity
@Table(name = "trainer_profile")
public class TrainerProfile extends Tracked {

    public static final int PHONE_MAX = 30;
    public static final int EMAIL_MAX = 254;
    public static final int QUALIFICATIONS_MAX = 2000;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");
    /** Deliberately loose: something@domain.tld, no spaces; the mail server is the real judge. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = QUALIFICATIONS_MAX)
    private String qualifications;

    protected TrainerProfile() {
    }

    public TrainerProfile(long accountId) {
        this.accountId = accountId;
    }

    /** Replaces the profile's fields, each checked before any is assigned. */
    public void describe(String newPhone, String newEmail, String newQualifications) {
        String checkedPhone = Text.optional("phone", newPhone, PHONE_MAX);
        if (checkedPhone != null && !PHONE.matcher(checkedPhone).matches()) {
            throw DomainException.invalid("phone", "site.phone.format");
        }
        String checkedEmail = Text.optional("email", newEmail, EMAIL_MAX);
        if (checkedEmail != null && !EMAIL.matcher(checkedEmail).matches()) {
            throw DomainException.invalid("email", "trainerProfile.email.format");
        }
        String checkedQualifications = Text.multiline("qualifications", newQualifications, QUALIFICATIONS_MAX);
        this.phone = checkedPhone;
        this.email = checkedEmail;
        this.qualifications = checkedQualifications;
    }

    public Long accountId() {
        return accountId;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String qualifications() {
        return qualifications;
    }
}

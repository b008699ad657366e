package be.buurtwijzer.core.domain.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ContactDetails {

    @Column(name = "contact_person", length = 200)
    private String person;

    @Column(name = "contact_email", length = 254)
    private String email;

    @Column(name = "contact_phone", length = 50)
    private String phone;

    @Column(name = "contact_address", length = 500)
    private String address;

    @Column(name = "contact_website", length = 500)
    private String website;

    protected ContactDetails() {
    }

    public ContactDetails(String person, String email, String phone, String address, String website) {
        this.person = person;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.website = website;
    }

    public String getPerson() {
        return person;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getWebsite() {
        return website;
    }
}

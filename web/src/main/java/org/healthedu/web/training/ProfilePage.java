package org.healthedu.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.healthedu.shared.DomainException;
import org.healthedu.training.MyGroupView;
import org.healthedu.training.TrainerGroupService;
import org.healthedu.training.TrainerProfileService;
import org.healthedu.training.TrainerProfileView;
import org.healthedu.web.shell.FacesMessages;

/** One's own trainer profile (contact, qualifications) and the groups one sits in. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainerProfileService profiles;

    @Inject
    private TrainerGroupService groups;

    private TrainerProfileView profile;
    private List<MyGroupView> myGroups;
    private String phone;
    private String email;
    private String qualifications;

    public void open() {
        show(profiles.mine());
        myGroups = groups.myGroups();
    }

    private void show(TrainerProfileView view) {
        profile = view;
        phone = view.phone();
        email = view.email();
        qualifications = view.qualifications();
    }

    public void save() {
        try {
            show(profiles.saveMine(phone, email, qualifications, profile.version()));
            FacesMessages.info("profile.saved");
        } catch (DomainException e) {
            FacesMessages.error(e, "profileForm:");
        }
    }

    public TrainerProfileView getProfile() {
        return profile;
    }

    public List<MyGroupView> getMyGroups() {
        return myGroups;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getQualifications() {
        return qualifications;
    }

    public void setQualifications(String qualifications) {
        this.qualifications = qualifications;
    }
}

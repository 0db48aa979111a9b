package cn.incubator.partybuilding.member;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Party members of an organization. Only party instructors, civil affairs and the platform team see member lists
 * at all; everything personal is masked for them too.
 */
@RestController
@Validated
@RequestMapping("/api/party-building/v1/cases/{caseId}/members")
class PartyMemberController {

    private final PartyMemberService members;

    PartyMemberController(PartyMemberService members) {
        this.members = members;
    }

    @PostMapping
    @RequiresPermission("party:member:write")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a party member found in the organization (发现党员); the count drives formation")
    MaskedMember add(CurrentUser user, @PathVariable UUID caseId, @Valid @RequestBody MemberRequest request) {
        return members.add(user, caseId, new PartyMemberService.NewMember(request.name(), request.phone(),
                request.idNumber(), request.membership(), request.relation()));
    }

    @GetMapping
    @RequiresPermission("party:member:read")
    @Operation(summary = "The organization's members, masked")
    Page<MaskedMember> list(CurrentUser user, @PathVariable UUID caseId,
            @RequestParam(defaultValue = "false") boolean includeLeft, PageRequest page) {
        return Page.slice(members.list(user, caseId, includeLeft), page);
    }

    @PostMapping("/{memberId}/relation-transfer")
    @RequiresPermission("party:member:write")
    @Operation(summary = "The member's party relation was transferred in (组织关系接转: pending → transferred)")
    MaskedMember transfer(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId) {
        return members.transfer(user, caseId, memberId);
    }

    @PostMapping("/{memberId}/departure")
    @RequiresPermission("party:member:write")
    @Operation(summary = "The member left the organization; the count drops and the rules apply")
    MaskedMember leave(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId) {
        return members.leave(user, caseId, memberId);
    }

    record MemberRequest(
            @NotBlank @Size(max = 50) String name,
            @Pattern(regexp = "1[3-9][0-9]{9}") String phone,
            @Size(max = 18) String idNumber,
            Membership membership,
            PartyRelation relation) {
    }
}

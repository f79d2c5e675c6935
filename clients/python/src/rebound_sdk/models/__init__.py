""" Contains all the data models used in inputs/outputs """

from .answer_quality import AnswerQuality
from .api_client_list import ApiClientList
from .api_client_response import ApiClientResponse
from .assessment import Assessment
from .authorize_form import AuthorizeForm
from .calendar_feed_response import CalendarFeedResponse
from .calibration import Calibration
from .calibration_verdict import CalibrationVerdict
from .candidate_created_event import CandidateCreatedEvent
from .candidate_created_event_type import CandidateCreatedEventType
from .candidate_deleted_event import CandidateDeletedEvent
from .candidate_deleted_event_type import CandidateDeletedEventType
from .candidate_insights import CandidateInsights
from .candidate_insights_response import CandidateInsightsResponse
from .candidate_list import CandidateList
from .candidate_response import CandidateResponse
from .candidate_updated_event import CandidateUpdatedEvent
from .candidate_updated_event_previous_attributes_type_0 import CandidateUpdatedEventPreviousAttributesType0
from .candidate_updated_event_type import CandidateUpdatedEventType
from .change_password_rebound_version import ChangePasswordReboundVersion
from .change_password_request import ChangePasswordRequest
from .client_scope import ClientScope
from .client_type import ClientType
from .correction_dto import CorrectionDto
from .cors_origin_list import CorsOriginList
from .cors_origin_response import CorsOriginResponse
from .create_api_client_rebound_version import CreateApiClientReboundVersion
from .create_api_client_request import CreateApiClientRequest
from .create_candidate_rebound_version import CreateCandidateReboundVersion
from .create_candidate_request import CreateCandidateRequest
from .create_cors_origin_rebound_version import CreateCorsOriginReboundVersion
from .create_cors_origin_request import CreateCorsOriginRequest
from .create_gaffe_rebound_version import CreateGaffeReboundVersion
from .create_gaffe_request import CreateGaffeRequest
from .create_inbound_receiver_rebound_version import CreateInboundReceiverReboundVersion
from .create_inbound_receiver_request import CreateInboundReceiverRequest
from .create_interview_rebound_version import CreateInterviewReboundVersion
from .create_interview_request import CreateInterviewRequest
from .create_recovery_plan_rebound_version import CreateRecoveryPlanReboundVersion
from .create_recovery_plan_request import CreateRecoveryPlanRequest
from .create_user_rebound_version import CreateUserReboundVersion
from .create_user_request import CreateUserRequest
from .create_webhook_endpoint_rebound_version import CreateWebhookEndpointReboundVersion
from .create_webhook_endpoint_request import CreateWebhookEndpointRequest
from .create_webhook_endpoint_request_events_item import CreateWebhookEndpointRequestEventsItem
from .created_api_client_response import CreatedApiClientResponse
from .created_inbound_receiver import CreatedInboundReceiver
from .created_user_response import CreatedUserResponse
from .damage_band import DamageBand
from .delete_candidate_rebound_version import DeleteCandidateReboundVersion
from .delete_cors_origin_rebound_version import DeleteCorsOriginReboundVersion
from .delete_gaffe_rebound_version import DeleteGaffeReboundVersion
from .delete_inbound_receiver_rebound_version import DeleteInboundReceiverReboundVersion
from .delete_interview_rebound_version import DeleteInterviewReboundVersion
from .delete_user_rebound_version import DeleteUserReboundVersion
from .delete_webhook_endpoint_rebound_version import DeleteWebhookEndpointReboundVersion
from .delivery_list import DeliveryList
from .delivery_response import DeliveryResponse
from .delivery_status import DeliveryStatus
from .employer_interest import EmployerInterest
from .event_list import EventList
from .event_type import EventType
from .existing_resource import ExistingResource
from .field_error import FieldError
from .finding import Finding
from .finding_kind import FindingKind
from .format_ import Format
from .gaffe_created_event import GaffeCreatedEvent
from .gaffe_created_event_type import GaffeCreatedEventType
from .gaffe_deleted_event import GaffeDeletedEvent
from .gaffe_deleted_event_type import GaffeDeletedEventType
from .gaffe_impact import GaffeImpact
from .gaffe_kind import GaffeKind
from .gaffe_kind_entry import GaffeKindEntry
from .gaffe_kind_list import GaffeKindList
from .gaffe_list import GaffeList
from .gaffe_response import GaffeResponse
from .gaffe_updated_event import GaffeUpdatedEvent
from .gaffe_updated_event_previous_attributes_type_0 import GaffeUpdatedEventPreviousAttributesType0
from .gaffe_updated_event_type import GaffeUpdatedEventType
from .get_api_client_rebound_version import GetApiClientReboundVersion
from .get_assessment_rebound_version import GetAssessmentReboundVersion
from .get_candidate_insights_rebound_version import GetCandidateInsightsReboundVersion
from .get_candidate_rebound_version import GetCandidateReboundVersion
from .get_cors_origin_rebound_version import GetCorsOriginReboundVersion
from .get_event_rebound_version import GetEventReboundVersion
from .get_gaffe_rebound_version import GetGaffeReboundVersion
from .get_inbound_receiver_rebound_version import GetInboundReceiverReboundVersion
from .get_interview_rebound_version import GetInterviewReboundVersion
from .get_me_rebound_version import GetMeReboundVersion
from .get_plan_calendar_rebound_version import GetPlanCalendarReboundVersion
from .get_recovery_plan_rebound_version import GetRecoveryPlanReboundVersion
from .get_user_rebound_version import GetUserReboundVersion
from .get_webhook_endpoint_rebound_version import GetWebhookEndpointReboundVersion
from .greenhouse_application import GreenhouseApplication
from .greenhouse_bundle import GreenhouseBundle
from .greenhouse_candidate import GreenhouseCandidate
from .greenhouse_person import GreenhousePerson
from .greenhouse_reference import GreenhouseReference
from .greenhouse_scheduled_interview import GreenhouseScheduledInterview
from .greenhouse_time import GreenhouseTime
from .greenhouse_typed_value import GreenhouseTypedValue
from .health_response import HealthResponse
from .import_greenhouse_rebound_version import ImportGreenhouseReboundVersion
from .import_merge_rebound_version import ImportMergeReboundVersion
from .import_report import ImportReport
from .inbound_delivery_result import InboundDeliveryResult
from .inbound_receiver_list import InboundReceiverList
from .inbound_receiver_response import InboundReceiverResponse
from .interview_assessment import InterviewAssessment
from .interview_created_event import InterviewCreatedEvent
from .interview_created_event_type import InterviewCreatedEventType
from .interview_deleted_event import InterviewDeletedEvent
from .interview_deleted_event_type import InterviewDeletedEventType
from .interview_list import InterviewList
from .interview_response import InterviewResponse
from .interview_updated_event import InterviewUpdatedEvent
from .interview_updated_event_previous_attributes_type_0 import InterviewUpdatedEventPreviousAttributesType0
from .interview_updated_event_type import InterviewUpdatedEventType
from .interviewer_dto import InterviewerDto
from .invitable_role import InvitableRole
from .issue_token_rebound_version import IssueTokenReboundVersion
from .lesson import Lesson
from .list_api_clients_rebound_version import ListApiClientsReboundVersion
from .list_candidates_rebound_version import ListCandidatesReboundVersion
from .list_cors_origins_rebound_version import ListCorsOriginsReboundVersion
from .list_deliveries_rebound_version import ListDeliveriesReboundVersion
from .list_events_rebound_version import ListEventsReboundVersion
from .list_gaffe_kinds_rebound_version import ListGaffeKindsReboundVersion
from .list_gaffes_rebound_version import ListGaffesReboundVersion
from .list_inbound_receivers_rebound_version import ListInboundReceiversReboundVersion
from .list_interviews_rebound_version import ListInterviewsReboundVersion
from .list_recovery_plans_rebound_version import ListRecoveryPlansReboundVersion
from .list_users_rebound_version import ListUsersReboundVersion
from .list_webhook_endpoints_rebound_version import ListWebhookEndpointsReboundVersion
from .locale_tag import LocaleTag
from .me_response import MeResponse
from .merge_application import MergeApplication
from .merge_bundle import MergeBundle
from .merge_candidate import MergeCandidate
from .merge_email_address import MergeEmailAddress
from .merge_job import MergeJob
from .merge_job_interview_stage import MergeJobInterviewStage
from .merge_remote_user import MergeRemoteUser
from .merge_scheduled_interview import MergeScheduledInterview
from .moment import Moment
from .note_review import NoteReview
from .note_tone import NoteTone
from .noticed import Noticed
from .omitted_step import OmittedStep
from .open_calendar_feed_rebound_version import OpenCalendarFeedReboundVersion
from .outcome import Outcome
from .ping_data import PingData
from .ping_event import PingEvent
from .ping_event_type import PingEventType
from .plan_step_event import PlanStepEvent
from .plan_step_response import PlanStepResponse
from .prep_item import PrepItem
from .preview_assessment_rebound_version import PreviewAssessmentReboundVersion
from .preview_interview import PreviewInterview
from .preview_request import PreviewRequest
from .problem import Problem
from .question_dto import QuestionDto
from .question_impact import QuestionImpact
from .question_response import QuestionResponse
from .queued_deliveries import QueuedDeliveries
from .read_calendar_feed_rebound_version import ReadCalendarFeedReboundVersion
from .receive_greenhouse_rebound_version import ReceiveGreenhouseReboundVersion
from .receive_merge_rebound_version import ReceiveMergeReboundVersion
from .recoverability import Recoverability
from .recovery_plan_created_event import RecoveryPlanCreatedEvent
from .recovery_plan_created_event_type import RecoveryPlanCreatedEventType
from .recovery_plan_list import RecoveryPlanList
from .recovery_plan_response import RecoveryPlanResponse
from .recovery_plan_step_due_event import RecoveryPlanStepDueEvent
from .recovery_plan_step_due_event_type import RecoveryPlanStepDueEventType
from .recovery_plan_step_updated_event import RecoveryPlanStepUpdatedEvent
from .recovery_plan_step_updated_event_previous_attributes_type_0 import RecoveryPlanStepUpdatedEventPreviousAttributesType0
from .recovery_plan_step_updated_event_type import RecoveryPlanStepUpdatedEventType
from .recurring_gaffe import RecurringGaffe
from .redeliver_event_rebound_version import RedeliverEventReboundVersion
from .redeliver_request import RedeliverRequest
from .remote_reference import RemoteReference
from .repair_strategy import RepairStrategy
from .review_follow_up_note_rebound_version import ReviewFollowUpNoteReboundVersion
from .review_note_request import ReviewNoteRequest
from .revoke_api_client_rebound_version import RevokeApiClientReboundVersion
from .revoke_calendar_feed_rebound_version import RevokeCalendarFeedReboundVersion
from .revoke_request import RevokeRequest
from .revoke_token_rebound_version import RevokeTokenReboundVersion
from .role import Role
from .rotate_api_client_secret_rebound_version import RotateApiClientSecretReboundVersion
from .rotate_secret_request import RotateSecretRequest
from .rotate_webhook_secret_rebound_version import RotateWebhookSecretReboundVersion
from .rotated_api_client_response import RotatedApiClientResponse
from .scope import Scope
from .self_rating_comparison import SelfRatingComparison
from .self_rating_verdict import SelfRatingVerdict
from .severity import Severity
from .signup_rebound_version import SignupReboundVersion
from .signup_request import SignupRequest
from .signup_response import SignupResponse
from .skipped import Skipped
from .span import Span
from .stage import Stage
from .step_kind import StepKind
from .step_status import StepStatus
from .subject_type import SubjectType
from .test_webhook_endpoint_rebound_version import TestWebhookEndpointReboundVersion
from .token_request import TokenRequest
from .token_response import TokenResponse
from .trend_point import TrendPoint
from .update_api_client_rebound_version import UpdateApiClientReboundVersion
from .update_api_client_request import UpdateApiClientRequest
from .update_candidate_rebound_version import UpdateCandidateReboundVersion
from .update_candidate_request import UpdateCandidateRequest
from .update_gaffe_rebound_version import UpdateGaffeReboundVersion
from .update_gaffe_request import UpdateGaffeRequest
from .update_interview_rebound_version import UpdateInterviewReboundVersion
from .update_interview_request import UpdateInterviewRequest
from .update_plan_step_rebound_version import UpdatePlanStepReboundVersion
from .update_step_request import UpdateStepRequest
from .update_user_rebound_version import UpdateUserReboundVersion
from .update_user_request import UpdateUserRequest
from .update_webhook_endpoint_rebound_version import UpdateWebhookEndpointReboundVersion
from .update_webhook_endpoint_request import UpdateWebhookEndpointRequest
from .update_webhook_endpoint_request_events_item import UpdateWebhookEndpointRequestEventsItem
from .update_workspace_rebound_version import UpdateWorkspaceReboundVersion
from .update_workspace_request import UpdateWorkspaceRequest
from .user_list import UserList
from .user_response import UserResponse
from .vendor import Vendor
from .webhook_endpoint_list import WebhookEndpointList
from .webhook_endpoint_response import WebhookEndpointResponse
from .webhook_endpoint_with_secret import WebhookEndpointWithSecret
from .workspace_response import WorkspaceResponse

__all__ = (
    "AnswerQuality",
    "ApiClientList",
    "ApiClientResponse",
    "Assessment",
    "AuthorizeForm",
    "CalendarFeedResponse",
    "Calibration",
    "CalibrationVerdict",
    "CandidateCreatedEvent",
    "CandidateCreatedEventType",
    "CandidateDeletedEvent",
    "CandidateDeletedEventType",
    "CandidateInsights",
    "CandidateInsightsResponse",
    "CandidateList",
    "CandidateResponse",
    "CandidateUpdatedEvent",
    "CandidateUpdatedEventPreviousAttributesType0",
    "CandidateUpdatedEventType",
    "ChangePasswordReboundVersion",
    "ChangePasswordRequest",
    "ClientScope",
    "ClientType",
    "CorrectionDto",
    "CorsOriginList",
    "CorsOriginResponse",
    "CreateApiClientReboundVersion",
    "CreateApiClientRequest",
    "CreateCandidateReboundVersion",
    "CreateCandidateRequest",
    "CreateCorsOriginReboundVersion",
    "CreateCorsOriginRequest",
    "CreatedApiClientResponse",
    "CreatedInboundReceiver",
    "CreatedUserResponse",
    "CreateGaffeReboundVersion",
    "CreateGaffeRequest",
    "CreateInboundReceiverReboundVersion",
    "CreateInboundReceiverRequest",
    "CreateInterviewReboundVersion",
    "CreateInterviewRequest",
    "CreateRecoveryPlanReboundVersion",
    "CreateRecoveryPlanRequest",
    "CreateUserReboundVersion",
    "CreateUserRequest",
    "CreateWebhookEndpointReboundVersion",
    "CreateWebhookEndpointRequest",
    "CreateWebhookEndpointRequestEventsItem",
    "DamageBand",
    "DeleteCandidateReboundVersion",
    "DeleteCorsOriginReboundVersion",
    "DeleteGaffeReboundVersion",
    "DeleteInboundReceiverReboundVersion",
    "DeleteInterviewReboundVersion",
    "DeleteUserReboundVersion",
    "DeleteWebhookEndpointReboundVersion",
    "DeliveryList",
    "DeliveryResponse",
    "DeliveryStatus",
    "EmployerInterest",
    "EventList",
    "EventType",
    "ExistingResource",
    "FieldError",
    "Finding",
    "FindingKind",
    "Format",
    "GaffeCreatedEvent",
    "GaffeCreatedEventType",
    "GaffeDeletedEvent",
    "GaffeDeletedEventType",
    "GaffeImpact",
    "GaffeKind",
    "GaffeKindEntry",
    "GaffeKindList",
    "GaffeList",
    "GaffeResponse",
    "GaffeUpdatedEvent",
    "GaffeUpdatedEventPreviousAttributesType0",
    "GaffeUpdatedEventType",
    "GetApiClientReboundVersion",
    "GetAssessmentReboundVersion",
    "GetCandidateInsightsReboundVersion",
    "GetCandidateReboundVersion",
    "GetCorsOriginReboundVersion",
    "GetEventReboundVersion",
    "GetGaffeReboundVersion",
    "GetInboundReceiverReboundVersion",
    "GetInterviewReboundVersion",
    "GetMeReboundVersion",
    "GetPlanCalendarReboundVersion",
    "GetRecoveryPlanReboundVersion",
    "GetUserReboundVersion",
    "GetWebhookEndpointReboundVersion",
    "GreenhouseApplication",
    "GreenhouseBundle",
    "GreenhouseCandidate",
    "GreenhousePerson",
    "GreenhouseReference",
    "GreenhouseScheduledInterview",
    "GreenhouseTime",
    "GreenhouseTypedValue",
    "HealthResponse",
    "ImportGreenhouseReboundVersion",
    "ImportMergeReboundVersion",
    "ImportReport",
    "InboundDeliveryResult",
    "InboundReceiverList",
    "InboundReceiverResponse",
    "InterviewAssessment",
    "InterviewCreatedEvent",
    "InterviewCreatedEventType",
    "InterviewDeletedEvent",
    "InterviewDeletedEventType",
    "InterviewerDto",
    "InterviewList",
    "InterviewResponse",
    "InterviewUpdatedEvent",
    "InterviewUpdatedEventPreviousAttributesType0",
    "InterviewUpdatedEventType",
    "InvitableRole",
    "IssueTokenReboundVersion",
    "Lesson",
    "ListApiClientsReboundVersion",
    "ListCandidatesReboundVersion",
    "ListCorsOriginsReboundVersion",
    "ListDeliveriesReboundVersion",
    "ListEventsReboundVersion",
    "ListGaffeKindsReboundVersion",
    "ListGaffesReboundVersion",
    "ListInboundReceiversReboundVersion",
    "ListInterviewsReboundVersion",
    "ListRecoveryPlansReboundVersion",
    "ListUsersReboundVersion",
    "ListWebhookEndpointsReboundVersion",
    "LocaleTag",
    "MeResponse",
    "MergeApplication",
    "MergeBundle",
    "MergeCandidate",
    "MergeEmailAddress",
    "MergeJob",
    "MergeJobInterviewStage",
    "MergeRemoteUser",
    "MergeScheduledInterview",
    "Moment",
    "NoteReview",
    "NoteTone",
    "Noticed",
    "OmittedStep",
    "OpenCalendarFeedReboundVersion",
    "Outcome",
    "PingData",
    "PingEvent",
    "PingEventType",
    "PlanStepEvent",
    "PlanStepResponse",
    "PrepItem",
    "PreviewAssessmentReboundVersion",
    "PreviewInterview",
    "PreviewRequest",
    "Problem",
    "QuestionDto",
    "QuestionImpact",
    "QuestionResponse",
    "QueuedDeliveries",
    "ReadCalendarFeedReboundVersion",
    "ReceiveGreenhouseReboundVersion",
    "ReceiveMergeReboundVersion",
    "Recoverability",
    "RecoveryPlanCreatedEvent",
    "RecoveryPlanCreatedEventType",
    "RecoveryPlanList",
    "RecoveryPlanResponse",
    "RecoveryPlanStepDueEvent",
    "RecoveryPlanStepDueEventType",
    "RecoveryPlanStepUpdatedEvent",
    "RecoveryPlanStepUpdatedEventPreviousAttributesType0",
    "RecoveryPlanStepUpdatedEventType",
    "RecurringGaffe",
    "RedeliverEventReboundVersion",
    "RedeliverRequest",
    "RemoteReference",
    "RepairStrategy",
    "ReviewFollowUpNoteReboundVersion",
    "ReviewNoteRequest",
    "RevokeApiClientReboundVersion",
    "RevokeCalendarFeedReboundVersion",
    "RevokeRequest",
    "RevokeTokenReboundVersion",
    "Role",
    "RotateApiClientSecretReboundVersion",
    "RotatedApiClientResponse",
    "RotateSecretRequest",
    "RotateWebhookSecretReboundVersion",
    "Scope",
    "SelfRatingComparison",
    "SelfRatingVerdict",
    "Severity",
    "SignupReboundVersion",
    "SignupRequest",
    "SignupResponse",
    "Skipped",
    "Span",
    "Stage",
    "StepKind",
    "StepStatus",
    "SubjectType",
    "TestWebhookEndpointReboundVersion",
    "TokenRequest",
    "TokenResponse",
    "TrendPoint",
    "UpdateApiClientReboundVersion",
    "UpdateApiClientRequest",
    "UpdateCandidateReboundVersion",
    "UpdateCandidateRequest",
    "UpdateGaffeReboundVersion",
    "UpdateGaffeRequest",
    "UpdateInterviewReboundVersion",
    "UpdateInterviewRequest",
    "UpdatePlanStepReboundVersion",
    "UpdateStepRequest",
    "UpdateUserReboundVersion",
    "UpdateUserRequest",
    "UpdateWebhookEndpointReboundVersion",
    "UpdateWebhookEndpointRequest",
    "UpdateWebhookEndpointRequestEventsItem",
    "UpdateWorkspaceReboundVersion",
    "UpdateWorkspaceRequest",
    "UserList",
    "UserResponse",
    "Vendor",
    "WebhookEndpointList",
    "WebhookEndpointResponse",
    "WebhookEndpointWithSecret",
    "WorkspaceResponse",
)
